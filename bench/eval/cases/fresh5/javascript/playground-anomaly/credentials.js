module.exports = {
  clientId: '{{uuid}}',
  clientSecret: '{{apicSecret}}'
}
