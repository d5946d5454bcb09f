using System.Security.Cryptography;
using System.Text;

namespace MmsPowerShell.Core.Signing
{
    /// <summary>The SHA-256 digests and HMACs the ACS3 scheme is built from, as lowercase hex.</summary>
    public static class Digests
    {
        public const string EmptyBodySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        public static string Sha256(byte[] data)
        {
            using (var sha = SHA256.Create())
            {
                return ToLower(sha.ComputeHash(data));
            }
        }

        public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

        public static string HmacSha256(byte[] key, string data)
        {
            using (var hmac = new HMACSHA256(key))
            {
                return ToLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(data)));
            }
        }

        private static string ToLower(byte[] bytes)
        {
            var builder = new StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes)
            {
                builder.Append(b.ToString("x2"));
            }
            return builder.ToString();
        }
    }
}
