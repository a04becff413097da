export  function putTest (req, res, next) {
  res.json({
    status: 'UPDATED',
  });
};

export function preWebhook (req, res, next) {
  console.log('In route - preWebhook');
 

  const nlu = new NaturalLanguageUnderstandingV1({
    // See: https://github.com/watson-developer-cloud/node-sdk#authentication
    authenticator: new IamAuthenticator({ apikey: 'redacted' }),
    version: '2019-07-12',
  });
  
      const payload = req.body.payload;
      const options = {
        html: payload.input.text,
        features: {
          sentiment: {}
        },
      };
      nlu.analyze(options)
     .then(response => {
      console.log(JSON.stringify(response.result, null, 2));
      res.json(payload);
     });
};
