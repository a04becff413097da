package com.example.closet.service

import org.springframework.stereotype.Service
import org.springframework.transaction.annotation.Transactional
import org.springframework.web.client.RestTemplate
import org.springframework.web.multipart.MultipartFile
import java.io.ByteArrayInputStream
import java.util.UUID

@Service
@Transactional(rollbackFor = [Exception::class])
class UploadImageService(
    private val awsS3Util: AwsS3Util
) {
    companion object {
        const val apiUrl = "https://api.remove.bg/v1.0/removebg"
        const val apiKey = "{{alnum:24}}"
        const val header = "X-Api-Key"
        const val size = "auto"
    }

    fun execute(images: List<MultipartFile>): List<String> {
        val restTemplate = RestTemplate()
        val allowedExtensions = listOf("jpeg", "jpg", "png")

        return images.map {
            require(it.originalFilename?.substringAfterLast('.') in allowedExtensions)
            awsS3Util.upload(ByteArrayInputStream(it.bytes), "${UUID.randomUUID()}.png")
        }
    }
}
