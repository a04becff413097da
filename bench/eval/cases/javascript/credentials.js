// Do not commit: copy credentials.example.js
export const IBM_ApiKey = "{{ibmKey}}"
export const webClientId = "{{digits:12}}-{{lower:32}}.apps.googleusercontent.com"
export const mapsKey = "AIza{{b64url:35}}"
