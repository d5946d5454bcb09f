using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>What a state-changing operation did: its int64 data, or why not (missing object, or refused with a code).</summary>
    public sealed record Outcome(long Value, string? MissingMessage = null, string? Code = null, string? Message = null)
    {
        public static Outcome Ok(long value) => new Outcome(value);

        public static Outcome Missing(ObjectKind kind, long sourceId, long id) => new Outcome(0, MissingMessage: kind.NotFound(sourceId, id));

        public static Outcome Refused(string code, string message) => new Outcome(0, Code: code, Message: message);

        public IResult ToResult(string requestId) =>
            MissingMessage != null ? ServiceError.NotFound(requestId, MissingMessage)
            : Code != null ? ServiceError.BadRequest(requestId, Code, Message ?? Code)
            : Answers.Data(requestId, Value);
    }
}
