using System.Security.Cryptography;
using MmsPowerShell.Core.Signing;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>The digests keep a hash object per thread between calls: each call must still hash only its own input, with its own key.</summary>
    public class DigestsTests
    {
        private static string Reference(byte[] bytes) => string.Concat(bytes.Select(b => b.ToString("x2")));

        [Fact]
        public void Sha256_hashes_each_input_on_its_own_call_after_call()
        {
            foreach (string text in new[] { "", "a", "a", "GET\n/\n\nhost:x\n", new string('z', 5000), "" })
            {
                Assert.Equal(Reference(SHA256.HashData(Encoding.UTF8.GetBytes(text))), Digests.Sha256(text));
            }
            Assert.Equal(Digests.EmptyBodySha256, Digests.Sha256(Array.Empty<byte>()));
        }

        [Fact]
        public void Hmac_uses_the_key_of_each_call_when_keys_alternate()
        {
            byte[] first = Encoding.UTF8.GetBytes("first-secret");
            byte[] second = Encoding.UTF8.GetBytes("another-secret-of-another-length");
            foreach (byte[] key in new[] { first, second, first, first, second })
            {
                Assert.Equal(Reference(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("to sign"))), Digests.HmacSha256(key, "to sign"));
            }
        }

        [Fact]
        public void Hmac_sees_a_key_array_changed_in_place()
        {
            byte[] key = Encoding.UTF8.GetBytes("secret-one");
            string before = Digests.HmacSha256(key, "data");
            key[0] = (byte)'S';
            Assert.NotEqual(before, Digests.HmacSha256(key, "data"));
            Assert.Equal(Reference(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("data"))), Digests.HmacSha256(key, "data"));
        }

        [Fact]
        public void Many_threads_at_once_each_get_their_own_answers()
        {
            Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                byte[] key = Encoding.UTF8.GetBytes("key-" + (i % 5));
                string data = "request " + i;
                Assert.Equal(Reference(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data))), Digests.HmacSha256(key, data));
                Assert.Equal(Reference(SHA256.HashData(Encoding.UTF8.GetBytes(data))), Digests.Sha256(data));
            });
        }
    }
}
