using System.Text;

namespace MmsPowerShell.Core.Signing
{
    /// <summary>Percent-encoding exactly as the ACS3 canonical query needs it.</summary>
    /// <remarks>
    /// Alibaba Cloud's SDKs use encodeURIComponent and then also encode !'()*, which leaves only the
    /// RFC 3986 unreserved set as is. Uri.EscapeDataString differs between .NET Framework versions,
    /// so we encode the UTF-8 bytes ourselves.
    /// </remarks>
    public static class Rfc3986
    {
        public static string Encode(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (byte b in Encoding.UTF8.GetBytes(value))
            {
                if (IsUnreserved((char)b))
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append('%').Append(b.ToString("X2"));
                }
            }
            return builder.ToString();
        }

        private static bool IsUnreserved(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~';
    }
}
