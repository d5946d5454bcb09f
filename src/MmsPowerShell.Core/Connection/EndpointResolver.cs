using System.Net;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Connection
{
    /// <summary>
    /// Turns -Endpoint or a region into the base URI, refusing plain HTTP anywhere but loopback, and a region
    /// this module does not know (see <see cref="KnownRegions"/>) before any request is sent.
    /// </summary>
    public static class EndpointResolver
    {
        /// <summary>Region ids are short (cn-hangzhou, ap-southeast-1); a DNS label holds at most 63 characters.</summary>
        private const int MaxRegionLength = 63;

        public static Uri Resolve(string? endpoint, string? region)
        {
            if (!string.IsNullOrWhiteSpace(endpoint))
            {
                return Validate(endpoint!.Trim());
            }
            if (!string.IsNullOrWhiteSpace(region))
            {
                return ForRegion(region!.Trim());
            }
            throw new MmsConfigurationException(
                MmsErrorIds.RegionNotFound,
                "No region or endpoint: pass -Region (e.g. cn-hangzhou) or -Endpoint, set ALIBABA_CLOUD_REGION_ID, " +
                "or set region_id in the aliyun CLI profile.");
        }

        private static Uri ForRegion(string region)
        {
            foreach (char c in region)
            {
                if (!(char.IsLetterOrDigit(c) || c == '-') || c > 127 || region.Length > MaxRegionLength)
                {
                    throw new MmsConfigurationException(
                        MmsErrorIds.InvalidRegion, "'" + region + "' is not a region id (e.g. cn-hangzhou).");
                }
            }
            string id = region.ToLowerInvariant();
            if (!KnownRegions.IsKnown(id))
            {
                string nearest = KnownRegions.Nearest(id);
                throw new MmsConfigurationException(MmsErrorIds.UnknownRegion,
                    "'" + region + "' is not a region this module knows; did you mean " + nearest + " (" + KnownRegions.NameOf(nearest) + ")?" +
                    (KnownRegions.MayBeNewRegion(id)
                        ? " For a region opened after this release, pass -Endpoint " + RegionEndpoint(id) + " instead of -Region."
                        : " Pass -Region " + nearest + "."));
            }
            return new Uri(RegionEndpoint(id));
        }

        private static string RegionEndpoint(string id) => "https://maxcompute." + id + ".aliyuncs.com/";

        private static Uri Validate(string endpoint)
        {
            // A bare host name is what people paste from the endpoint page; HTTPS is implied.
            string text = endpoint.Contains("://") ? endpoint : "https://" + endpoint;
            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) ||
                (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) ||
                !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || uri.AbsolutePath != "/")
            {
                throw new MmsConfigurationException(
                    MmsErrorIds.InvalidEndpoint,
                    "'" + UserInfoRedaction.Redact(endpoint) + "' is not an endpoint: expected https://host[:port], e.g. https://maxcompute.cn-hangzhou.aliyuncs.com.");
            }
            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                // A password in the endpoint would travel in every log line and error that names the endpoint.
                throw new MmsConfigurationException(
                    MmsErrorIds.InvalidEndpoint,
                    "'" + UserInfoRedaction.Redact(endpoint) + "' carries a user name or password; MaxCompute endpoints take none. " +
                    "Pass the endpoint as https://host[:port] and credentials with -Credential or a profile.");
            }
            if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            {
                throw new MmsConfigurationException(
                    MmsErrorIds.InsecureEndpoint,
                    "Refusing plain http:// to '" + uri.Host + "': credentials and data would cross the network unencrypted. " +
                    "Use https://, or http:// only to a loopback host such as 127.0.0.1 (the local emulator).");
            }
            return uri;
        }

        private static bool IsLoopback(Uri uri)
        {
            if (uri.IsLoopback)
            {
                return true;
            }
            string host = uri.Host.Trim('[', ']');
            return IPAddress.TryParse(host, out IPAddress? address) && IPAddress.IsLoopback(address);
        }
    }
}
