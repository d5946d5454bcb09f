using MmsPowerShell.Core.Http;

namespace MmsPowerShell.Core.Errors
{
    /// <summary>
    /// The one rule for what a failed state change means. Only a clear refusal says the change was not made: an
    /// error status in the 4xx range (the service checks a request before it acts on it; throttling included), or
    /// a request that never left (no connection). Anything else after the request was sent (no answer, a 5xx or a
    /// 504 from a gateway, a 2xx whose body is garbled or has no data) leaves the outcome unknown: the change may
    /// have happened, so it must be checked before it is sent again. Reads are never marked: they can be repeated.
    /// </summary>
    public static class ChangeOutcome
    {
        /// <summary>An error answer (any non-2xx status) to <paramref name="request"/>.</summary>
        public static MmsApiException OfErrorAnswer(MmsApiException error, ApiRequest request) =>
            Judge(error, request, refused: IsRefusal(error));

        /// <summary>A 2xx answer to <paramref name="request"/> that cannot be used: the service took the request.</summary>
        public static MmsApiException OfUnreadableAnswer(MmsApiException error, ApiRequest request) =>
            Judge(error, request, refused: false);

        /// <summary>No answer: <paramref name="sent"/> is false only when no connection was ever made.</summary>
        public static MmsApiException OfNoAnswer(MmsApiException error, ApiRequest request, bool sent) =>
            Judge(error, request, refused: !sent);

        /// <summary>4xx is a refusal before acting; throttling says so whatever its status.</summary>
        private static bool IsRefusal(MmsApiException error) =>
            error.Kind == MmsErrorKind.Throttling || (error.HttpStatus >= 400 && error.HttpStatus <= 499);

        private static MmsApiException Judge(MmsApiException error, ApiRequest request, bool refused)
        {
            if (!request.IsSafeToRepeat)
            {
                error.OutcomeUnknown = !refused;
                error.ChangeNotMade = refused;
            }
            return error;
        }
    }
}
