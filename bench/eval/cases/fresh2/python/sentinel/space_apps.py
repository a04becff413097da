import requests
from datetime import date

today_date = date.today().isoformat()

# for asteroid challenge
api_key = "{{alnum:40}}"
short_url = f"https://api.nasa.gov/neo/rest/v1/feed?start_date={today_date}&end_date={today_date}&api_key={api_key}"

# for satellite imagery challenge
sentinel_url = "https://services.sentinel-hub.com/api/v1/process"
headers = {
  "Content-Type": "application/json",
  "Authorization": "Bearer {{jwt:other}}"
}

def get_asteroids():
    return requests.get(short_url).json()["near_earth_objects"][today_date]
