from flask import Flask, render_template, request
import requests

app = Flask(__name__)

CORPORATE_LOGIN_URL = "http://54.89.241.89:5000/login"

OTHER_APIS = [
    {
        "name": "MaToMA Inquiry",
        "url": "https://rgw.8798-f464fa20.eu-de.ri1.{{apic}}.appdomain.cloud/tmfb/dev-catalog/MaToMA/Inquiry",
        "method": "POST",
        "headers": {
            "X-IBM-Client-Id": "{{hex:32#id}}",
            "X-IBM-Client-Secret": "{{hex:32#secret}}",
            "accept": "application/json",
            "content-type": "application/json",
            "X-Channel": "subgateway"
        },
        "body": {
            "Amount": "20",
            "MSISDN": "{{digits:12}}",
            "ReceiverMSISDN": "{{digits:12}}",
            "cnic": "{{digits:13}}"
        }
    },
    {
        "name": "Account Balance",
        "url": "https://rgw.8798-f464fa20.eu-de.ri1.{{apic}}.appdomain.cloud/tmfb/dev-catalog/account-balance/account-bal",
        "method": "POST",
        "headers": {
            "X-IBM-Client-Id": "{{hex:32#id}}",
            "X-IBM-Client-Secret": "{{hex:32#secret}}",
            "X-Channel": "subgateway",
            "Content-Type": "application/json"
        },
        "body": {
            "msisdn": "{{digits:12}}"
        }
    }
]

@app.route("/", methods=["GET", "POST"])
def index():
    results = []
    if request.method == "POST":
        msisdn = request.form.get("msisdn")
        pin = request.form.get("pin")

        if not msisdn or not pin:
            return render_template("index.html", error="Please enter both MSISDN and PIN.")

        # Corporate Login
        login_headers = {
            "Content-Type": "application/json"
        }
        login_payload = {
            "msisdn": msisdn,
            "pin": pin
        }

        try:
            login_resp = requests.post(CORPORATE_LOGIN_URL, headers=login_headers, json=login_payload)
            login_resp.raise_for_status()
            login_data = login_resp.json()
        except Exception as e:
            return render_template("index.html", error=f"Login API error: {str(e)}")

        x_hash = login_data.get("X-Hash") or login_data.get("x-hash") or login_data.get("X-Hash-Value")
        if not x_hash:
            return render_template("index.html", error=f"X-Hash not found in login response: {login_data}")

        # Call other APIs with X-Hash
        for api in OTHER_APIS:
            headers = api["headers"].copy()
            headers["X-Hash-Value"] = x_hash
            body = api.get("body", {}).copy()
            for key in body:
                if key.lower() == "msisdn":
                    body[key] = msisdn
            resp = requests.post(api["url"], headers=headers, json=body)
            results.append({"name": api["name"], "status_code": resp.status_code})

        return render_template("index.html", results=results, msisdn=msisdn)

    return render_template("index.html")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
