function getJson(url, headers, callback) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    headers.forEach(function (h) { xhr.setRequestHeader(h[0], h[1]); });
    xhr.onload = function () { callback(JSON.parse(xhr.responseText)); };
    xhr.send();
}

var api = {
    key: '{{apicSecret}}',
    url: 'https://api.eu.{{apic}}.ibmcloud.com/kesko-dev-rauta-api/qa/products/',
    language: 'fi',
    ibmid: '{{uuid}}',
    getItemInfo: function (items, callback) {
        var headers = [
            ['X-IBM-Client-Id', api.ibmid],
            ['X-IBM-Client-Secret', api.key],
            ['accept-language', api.language],
            ['content-type', 'application/json'],
            ['accept', 'application/json']
        ];

        var result = {};

        items.forEach(function (item) {
            getJson(api.url + item.ean, headers, function (data) {
                result[item.ean] = { price: data.price };
                callback(result);
            });
        });
    }
};

module.exports = api;
