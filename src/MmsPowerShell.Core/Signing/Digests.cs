using System.Security.Cryptography;
using System.Text;

namespace MmsPowerShell.Core.Signing
{
    /// <summary>The SHA-256 digests and HMACs the ACS3 scheme is built from, as lowercase hex.</summary>
    public static class Digests
    {
        public const string EmptyBodySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        private const string HexDigits = "0123456789abcdef";

        public static string Sha256(byte[] data)
        {
#if NET8_0_OR_GREATER
            return ToLower(SHA256.HashData(data));
#else
            using (var sha = SHA256.Create())
            {
                return ToLower(sha.ComputeHash(data));
            }
#endif
        }

        public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

        public static string HmacSha256(byte[] key, string data)
        {
#if NET8_0_OR_GREATER
            return ToLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data)));
#else
            using (var hmac = new HMACSHA256(key))
            {
                return ToLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(data)));
            }
#endif
        }

        private static string ToLower(byte[] bytes)
        {
            var chars = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = HexDigits[bytes[i] >> 4];
                chars[2 * i + 1] = HexDigits[bytes[i] & 0xF];
            }
            return new string(chars);
        }
    }
}
