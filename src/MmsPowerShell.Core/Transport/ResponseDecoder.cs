using System.Text.Json.Serialization.Metadata;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Models;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Http
{
    /// <summary>
    /// Turns a 2xx answer into objects, one way for every operation: the envelope's data (an item, a page, a bare
    /// array or a value), its request id (the body's, else the header's), and InvalidData errors for answers that
    /// cannot be used.
    /// </summary>
    internal static class ResponseDecoder
    {
        private static readonly byte[] Utf8ByteOrderMark = { 0xEF, 0xBB, 0xBF };

        public static TItem Item<TDto, TItem>(ApiResponse response, JsonTypeInfo<ItemResponseDto<TDto>> typeInfo, Func<TDto, string?, TItem> map)
            where TDto : class
        {
            ItemResponseDto<TDto> dto = Deserialize(response, typeInfo);
            string? requestId = RequestId(dto.RequestId, response);
            return dto.Data == null ? throw NoData(response, requestId, "data") : map(dto.Data, requestId);
        }

        public static MmsPage<TItem> Page<TDto, TItem>(ApiResponse response, JsonTypeInfo<ListResponseDto<TDto>> typeInfo, Func<TDto, string?, TItem> map)
            where TDto : class
        {
            ListResponseDto<TDto> dto = Deserialize(response, typeInfo);
            string? requestId = RequestId(dto.RequestId, response);
            if (dto.Data == null)
            {
                throw NoData(response, requestId, "page");
            }
            TDto?[] objects = dto.Data.ObjectList ?? System.Array.Empty<TDto?>();
            // A loop, not LINQ: this runs once per listed item (a million for the largest sources).
            var items = new List<TItem>(objects.Length);
            foreach (TDto? item in objects)
            {
                if (item != null)
                {
                    items.Add(map(item, requestId));
                }
            }
            return new MmsPage<TItem>(items, dto.Data.Total ?? items.Count);
        }

        public static TItem[] Array<TDto, TItem>(ApiResponse response, JsonTypeInfo<ArrayResponseDto<TDto>> typeInfo, Func<TDto, string?, TItem> map)
            where TDto : class
        {
            ArrayResponseDto<TDto> dto = Deserialize(response, typeInfo);
            string? requestId = RequestId(dto.RequestId, response);
            if (dto.Data == null)
            {
                throw NoData(response, requestId, "list");
            }
            return dto.Data.Where(item => item != null).Select(item => map(item!, requestId)).ToArray();
        }

        /// <summary>The value of an acknowledgement (e.g. the job id StartMmsJob answers); its meaning is not relied on.</summary>
        public static long Value(ApiResponse response)
        {
            ValueResponseDto<long> dto = Deserialize(response, MmsJsonContext.Default.ValueResponseDtoInt64);
            string? requestId = RequestId(dto.RequestId, response);
            return dto.Data ?? throw NoData(response, requestId, "value");
        }

        /// <summary>Refuses an answer about another object than the one asked for (a proxy mix-up, or duplicate "id" keys).</summary>
        public static T Expect<T>(T item, long askedId, long answeredId, string what, ApiResponse response, string? requestId)
        {
            // An answer without an id (0) is not contradicting anything; one naming another object is.
            if (answeredId != 0 && askedId != answeredId)
            {
                throw Invalid(response, requestId,
                    "The answer is about " + what + " " + answeredId + ", not the " + what + " " + askedId + " that was asked for");
            }
            return item;
        }

        private static string? RequestId(string? bodyRequestId, ApiResponse response) => ServiceText.Clean(bodyRequestId) ?? response.HeaderRequestId;

        private static T Deserialize<T>(ApiResponse response, JsonTypeInfo<T> typeInfo)
        {
            // RFC 8259 lets a parser ignore a byte order mark; System.Text.Json does not, so it is skipped here.
            ReadOnlySpan<byte> json = response.Body;
            if (json.StartsWith(Utf8ByteOrderMark))
            {
                json = json.Slice(Utf8ByteOrderMark.Length);
            }
            try
            {
                return JsonSerializer.Deserialize(json, typeInfo) ?? throw Invalid(response, null, "The answer is JSON null");
            }
            catch (JsonException e)
            {
                string reason = LooksLikeJson(json)
                    ? "The answer is not valid JSON for this operation (" + e.Message + ")"
                    : ApiErrorParser.DescribeUnparsedBody(response.HttpStatus, response.Body);
                throw Invalid(response, null, reason, e);
            }
        }

        private static bool LooksLikeJson(ReadOnlySpan<byte> body)
        {
            foreach (byte b in body)
            {
                if (!char.IsWhiteSpace((char)b))
                {
                    return b == (byte)'{' || b == (byte)'[';
                }
            }
            return false;
        }

        /// <summary>
        /// A 2xx answer without data: its error fields say why when it has any (some gateways answer 200 with an
        /// error body), and their request id is kept.
        /// </summary>
        private static MmsApiException NoData(ApiResponse response, string? requestId, string what)
        {
            var (code, message, errorRequestId) = ApiErrorParser.ReadErrorFields(response.Body);
            string reason = code == null
                ? "The answer has no " + what + " ('data' is missing or null)"
                : "The service answered HTTP " + response.HttpStatus + " with an error body: " + code + ": " + (message ?? "no message").TrimEnd('.');
            return Invalid(response, requestId ?? errorRequestId, reason);
        }

        private static MmsApiException Invalid(ApiResponse response, string? requestId, string reason, Exception? inner = null) =>
            new MmsApiException(MmsErrorIds.InvalidResponse, response.HttpStatus, reason, requestId ?? response.HeaderRequestId,
                "Retry; if it persists, the endpoint may not be a MaxCompute endpoint, or a proxy is altering answers.", inner);
    }
}
