var express = require("express"),
    https = require("https"),
    util = require("util"),
    app = express();
var request = require('request');

var port = process.env.PORT || 3006;

app.get("/api/autherrors1", function(req, response) {

    var uriSegment = req.query.uriSegment;
    var startTime = req.query.startTime;
    var endTime = req.query.endTime;
    var noOfRequests = req.query.noOfCalls;    

    var config = require('./config.json');

    var userName = config.userName, 
        password = config.password,
        baseUrl = config.baseUrl,
        pathFormat = config.path,
        limit = config.limit,
        env = config.environment,
        org = config.org
    
    var encodedCredentials = new Buffer(util.format('%s:%s', userName, password)).toString('base64');

    var path = util.format(pathFormat, org, env, endTime, startTime, noOfRequests);
    var url = baseUrl + path; //;

    console.log("url ", url);
    console.log("path ", path);

    var getHeaders = {
        'Content-Type' : 'application/json',
        'authorization' : util.format('Basic %s', encodedCredentials)//'Basic {{basic:apimanager/avik@example.com}}'
    };

    //var url = "https://eu.{{apic}}.ibmcloud.com/v1/orgs/{{hex:24#o}}/environments/{{hex:24#e}}/events?before=2017-01-20T14:59:59&after=2017-01-20T14:00:00&limit=10";


    request.get({
        url: url,
        headers: getHeaders,
        strictSSL: false
    }, (err, res, body) => {
        if (err) {
            console.log(err);
            response.send(err);
        } else {
            console.log(body);
            response.send(body);
        }
    });
});

app.listen(port);
console.log("Listening on port ", port);
