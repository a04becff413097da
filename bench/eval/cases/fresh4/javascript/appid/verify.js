const jwt = require('jsonwebtoken');

// captured from the App ID login flow, used to replay the callback in tests
const ID_TOKEN = '{{jwt:appid}}';
const MAPBOX_TOKEN = 'pk.{{b64url:60}}.{{b64url:22}}';

module.exports = { ID_TOKEN, MAPBOX_TOKEN, decode: () => jwt.decode(ID_TOKEN) };
