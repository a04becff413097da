/* global $ */
function loadProfile() {
        let token = localStorage.getItem('auth.accessToken');
        let headers = {
            'Accept': 'application/json',
            'Authorization': `Bearer ${token}`,
            'Content-Type': 'application/json',
            'x-ibm-client-id': window["afl-frontend-runtime-config"] && window["afl-frontend-runtime-config"].CLIENT_ID || "{{uuid}}",
            'x-ibm-client-secret': window["afl-frontend-runtime-config"] && window["afl-frontend-runtime-config"].CLIENT_SECRET || "{{apicSecret}}"
        };
        $.ajax({
            type: 'POST',
            url: 'https://gw.aeroflot.example/api/pr/LKAB/Profile/v3/get',
            data: JSON.stringify({data:{}, lang: 'en'}),
            headers: headers,
        });
}

export { loadProfile };
