using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>Reads a JSON body the way the service does: camelCase keys, an empty body as an empty object.</summary>
    public static class RequestBody
    {
        /// <summary>The body as T, or null with the 400 to answer when it is not JSON of that shape.</summary>
        public static T? Read<T>(ApiCall call, out IResult? error) where T : class, new()
        {
            error = null;
            if (call.Body.Length == 0)
            {
                return new T();
            }
            try
            {
                return JsonSerializer.Deserialize<T>(call.Body, WireJson.Options) ?? new T();
            }
            catch (JsonException e)
            {
                error = ServiceError.BadRequest(call.RequestId, "InvalidParameter", "The request body is not valid: " + e.Message);
                return null;
            }
        }
    }
}
