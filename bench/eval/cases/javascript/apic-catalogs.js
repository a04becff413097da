import axios from 'axios';

const APIC = 'https://api-manager.us-east-a.{{apic}}.automation.ibm.com/api';
const user = process.env.APIC_USER;
const pass = process.env.APIC_PASS;

export const catalogs = () => axios.get(`${APIC}/orgs/acme/catalogs`, { auth: { username: 'apic-admin', password: '{{pass:12}}' } });
export const orgs = () => axios.get(`${APIC}/orgs`, { auth: { username: user, password: pass } });
export const other = () => axios.get('https://api.example.com/x', { auth: { username: 'svc', password: '{{pass:12}}' } });
export const legacy = () => fetch('https://admin:{{pass:10}}@{{lit:apimanager}}.acme.example/v1/orgs');
