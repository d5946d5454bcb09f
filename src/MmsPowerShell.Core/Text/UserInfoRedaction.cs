using System.Text.RegularExpressions;

namespace MmsPowerShell.Core.Text
{
    /// <summary>
    /// Hides the user:password part of URLs. A proxy address may carry credentials (HTTPS_PROXY=http://u:p@host),
    /// and .NET quotes it whole in its own exception messages, so every exception text we surface goes through here.
    /// </summary>
    public static class UserInfoRedaction
    {
        private const string Mask = "***";
        private static readonly Regex UserInfoInUrl = new Regex(@"(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*://)[^/?#@\s'""]+@", RegexOptions.CultureInvariant);

        public static string Redact(string text) =>
            text.IndexOf('@') < 0 ? text : UserInfoInUrl.Replace(text, "${scheme}" + Mask + "@");

        /// <summary>scheme://host[:port] without any user info.</summary>
        public static string Authority(Uri uri) =>
            uri.Scheme + "://" + (uri.HostNameType == UriHostNameType.IPv6 ? "[" + uri.DnsSafeHost + "]" : uri.Host) +
            (uri.IsDefaultPort ? string.Empty : ":" + uri.Port);

        /// <summary>The URI as text with its user info masked.</summary>
        public static string Redact(Uri uri) => string.IsNullOrEmpty(uri.UserInfo) ? uri.ToString() : Redact(uri.ToString());
    }
}
