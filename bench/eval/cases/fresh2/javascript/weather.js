const fetchOptions = {
  headers: {
    "x-ibm-client-id": "{{uuid}}",
    "x-ibm-client-secret": "{{apicSecret}}"
  }
}

const lat = "55.84972"
const long = "-2.10678"
const apiKey = "{{hex:32}}"
const baseUrl = "https://api.us.{{apic}}.ibmcloud.com/infomichaelwellnerde-dev/hackzurich/"

function runAll() {
    getLeisureTravelIndex();
}

/*********************** Forecast (BEGIN) ***********************/
export function getforecast() {
  return fetch(baseUrl + "v1/geocode/" + lat + "/" + long + "/forecast/daily/7day.json?units=m", fetchOptions)
  .then((response) => {
    const responseBody = JSON.parse(response._bodyInit)
    var result = new Array(7);
    for (i = 0; i < 7; i++) {
        result[i] = responseBody.forecasts[i];
    }
    return Promise.resolve(result);
  })
  .catch(error => {
    return Promise.reject(error);
  });      
}
/*********************** Forecast (BEGIN) ***********************/

/*********************** Lifestyle (BEGIN) ***********************/
export function getLeisureTravelIndex() {
  return fetch(baseUrl + "v2/indices/travel/daypart/15day?geocode=" + lat + "," + long +
      "&language=en-US&format=json", fetchOptions)
  .then((response) => {
    const responseBody = JSON.parse(response._bodyInit)
    var result = new Array(7);
    for (i = 0; i < 7; i++) {
        result[i] = [responseBody.travelIndex12hour.leisureTravelIndex[i * 2],
                    responseBody.travelIndex12hour.leisureTravelCategory[i * 2],
                    responseBody.travelIndex12hour.daypartName[i * 2]];
    }
    return Promise.resolve(result);
  })
  .catch(error => {
    return Promise.reject(error);
  });
}
/*********************** Lifestyle (END) ***********************/

//token = "{{uuid}}";

function fill(r, group, type, result) {
    if (r._typeGroup == group && r._type == type)
        result[type] = r.name
}

export function understand(text) {
  return fetch("https://api.thomsonreuters.com/permid/calais", {
    method: 'POST',
    headers: {
      "Accept": "application/json",
      "x-ag-access-token": "{{alnum:32}}",
      "outputFormat": "application/json"
    },
    body: text
  })
  .then((response) => {
    var result = {};
    for (var key in response) {
          fill(r[key], "entities", "Country", result);
          fill(r[key], "entities", "City", result);
      }

    return Promise.resolve(result);
  })
  .catch(error => {
    return Promise.reject(error);
  });
}
