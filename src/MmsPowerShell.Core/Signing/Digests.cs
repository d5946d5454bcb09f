using System.Security.Cryptography;
using System.Text;

namespace MmsPowerShell.Core.Signing
{
    /// <summary>The SHA-256 digests and HMACs the ACS3 scheme is built from, as lowercase hex.</summary>
    public static class Digests
    {
        public const string EmptyBodySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        private const string HexDigits = "0123456789abcdef";

#if NET8_0_OR_GREATER
        // Every request hashes its canonical form and signs it: a hash object per thread, kept and reset, instead of the
        // one-shot functions that look the algorithm up in the crypto library and set up a context on every call.
        // Each is used start to finish without an await, so a thread's own objects are never shared.
        [ThreadStatic]
        private static IncrementalHash? _sha256;

        [ThreadStatic]
        private static IncrementalHash? _hmac;

        [ThreadStatic]
        private static byte[]? _hmacKey;
#endif

        public static string Sha256(byte[] data)
        {
#if NET8_0_OR_GREATER
            IncrementalHash sha = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.AppendData(data);
            return ToLower(sha.GetHashAndReset());
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
            IncrementalHash? hmac = _hmac;
            if (hmac == null || _hmacKey == null || !_hmacKey.AsSpan().SequenceEqual(key))
            {
                // Another key (another credential): a context for it, compared by value so a reused array cannot go stale.
                hmac?.Dispose();
                _hmac = hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
                _hmacKey = (byte[])key.Clone();
            }
            hmac.AppendData(Encoding.UTF8.GetBytes(data));
            return ToLower(hmac.GetHashAndReset());
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
