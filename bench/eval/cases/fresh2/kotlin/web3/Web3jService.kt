package com.example.wallet.service

import org.springframework.stereotype.Service
import org.web3j.crypto.Credentials
import org.web3j.crypto.RawTransaction
import org.web3j.crypto.TransactionEncoder
import org.web3j.protocol.Web3j
import org.web3j.protocol.core.DefaultBlockParameterName
import org.web3j.protocol.http.HttpService
import org.web3j.utils.Numeric
import java.math.BigInteger

@Service
class Web3jService(
    private val infuraApiService: InfuraApiService,
) {

    private val apiKey = "{{hex:32}}"
    private val privateKey = "{{hex:64}}"

    fun createTransaction(privateKey:String,recipientAddress: String, amount: BigInteger): String {
        val web3j = Web3j.build(HttpService("https://polygon-mainnet.infura.io/v3/$apiKey"))
        val credentials = Credentials.create(privateKey)
        val nonce = web3j.ethGetTransactionCount(credentials.address, DefaultBlockParameterName.LATEST).send().transactionCount
        val rawTransaction = RawTransaction.createEtherTransaction(nonce, infuraApiService.gasPrice(), BigInteger.valueOf(21000), recipientAddress, amount)
        val signed = TransactionEncoder.signMessage(rawTransaction, credentials)
        return Numeric.toHexString(signed)
    }
}
