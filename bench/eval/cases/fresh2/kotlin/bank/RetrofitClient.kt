package com.example.bankapp.network

import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import retrofit2.Retrofit
import retrofit2.converter.gson.GsonConverterFactory

object RetrofitClient {

    private const val BASE_URL = "https://api.bank.example/open-banking/v1/"

    fun getRetrofit(): Retrofit {
        val retrofitBuilder = Retrofit.Builder()
            .baseUrl(BASE_URL)
            .addConverterFactory(GsonConverterFactory.create())

        val httpLoggingInterceptor = HttpLoggingInterceptor()
        httpLoggingInterceptor.level = HttpLoggingInterceptor.Level.BODY

        val okHttpClientBuilder = OkHttpClient.Builder()
        okHttpClientBuilder.addInterceptor {
            val originalRequest = it.request()
            val requestBuilder = originalRequest.newBuilder()

            requestBuilder.addHeader("Content-Type", "application/json")
            requestBuilder.addHeader("X-IBM-Client-ID", "{{uuid}}")
            requestBuilder.addHeader("X-IBM-Client-Secret", "{{apicSecret}}")

            val response = it.proceed(requestBuilder.build())
            response //e return
        }
        okHttpClientBuilder.addInterceptor(httpLoggingInterceptor)
        retrofitBuilder.client(okHttpClientBuilder.build())
        return retrofitBuilder.build()
    }
}
