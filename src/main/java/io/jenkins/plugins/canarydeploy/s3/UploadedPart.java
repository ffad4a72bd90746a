package io.jenkins.plugins.canarydeploy.s3;

/**
 * One part S3 accepted.
 *
 * @param eTag      as S3 sent it, quotes included, for CompleteMultipartUpload
 * @param md5       binary MD5 of the part, for the expected multipart ETag
 * @param crc32     base64 CRC32 that S3 checked the part against
 * @param eTagIsMd5 {@code false} when S3 reported KMS encryption, whose ETags are no MD5
 */
record UploadedPart(int partNumber, String eTag, byte[] md5, String crc32, boolean eTagIsMd5) {}
