const axios = require('axios');

const base = 'https://mgmt.us-east-a.{{apic}}.automation.ibm.com/api';

async function orgs() {
  return axios.get(`${base}/orgs`, {
    auth: {
      username: 'apic-admin',
      password: '{{pass:16}}',
    },
  });
}

module.exports = { orgs };
