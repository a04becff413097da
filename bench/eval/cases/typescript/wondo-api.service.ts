import { Injectable } from '@angular/core';
import { HttpClient, HttpHeaders } from '@angular/common/http';

interface LoginRequest { user: string; password: string }
interface LoginResponse { token: string }

const environment = { api_url: 'https://api.us-east-a.{{apic}}.automation.ibm.com/wondo/sandbox/' };

@Injectable({ providedIn: 'root' })
export class WondoApiService {
  headers = new HttpHeaders();
  headers2 = new HttpHeaders();
  client_id = '{{uuid}}';
  client_secret = '{{apicSecret}}';
  apikey2 = '{{lower:40}}';

  constructor(private http: HttpClient) {
    // Header to Wondo APIC Portal
    this.headers = this.headers.append('Accept', 'application/json');
    this.headers = this.headers.append('Content-Type', 'application/json');
    this.headers = this.headers.append('x-ibm-client-id', this.client_id);
    this.headers = this.headers.append('x-ibm-client-secret', this.client_secret);

    // Header for Wondo Api
    this.headers2 = this.headers.append('x-api-key', this.apikey2);
  }

  Login(request: LoginRequest) {
    return this.http.post<LoginResponse>(environment.api_url + 'authentication/login', request, { headers: this.headers });
  }
}
