using System.Text.Json.Serialization.Metadata;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Json;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Core.Http
{
    /// <summary>
    /// The catalogue of MMA operations (MaxCompute OpenAPI 2022-01-04): each operation is its method, path, query
    /// or body, and the shape of its answer; sending is the transport's job, decoding the decoder's. The operations
    /// are grouped by area in the partial files MmsApiClient.*.cs.
    /// </summary>
    public sealed partial class MmsApiClient
    {
        /// <summary>Items asked per page of a list operation; the service caps pages at 100.</summary>
        public const int PageSize = 100;

        private readonly MmsTransport _transport;

        public MmsApiClient(MmsTransport transport)
        {
            _transport = transport;
        }

        // The wrappers below hand back ExchangeAsync's own task rather than awaiting it: one async layer per call, not two.
        private Task<TItem> GetItemAsync<TDto, TItem>(ApiRequest request, JsonTypeInfo<ItemResponseDto<TDto>> typeInfo,
            Func<TDto, string?, TItem> map, CancellationToken cancellationToken)
            where TDto : class =>
            ExchangeAsync(request, response => ResponseDecoder.Item(response, typeInfo, map), cancellationToken);

        /// <summary>Gets one object and refuses an answer about another id than <paramref name="askedId"/>.</summary>
        private Task<TItem> GetItemAsync<TDto, TItem>(ApiRequest request, JsonTypeInfo<ItemResponseDto<TDto>> typeInfo,
            Func<TDto, string?, TItem> map, long askedId, Func<TItem, long> idOf, string what, CancellationToken cancellationToken)
            where TDto : class =>
            ExchangeAsync(request, response =>
            {
                TItem item = ResponseDecoder.Item(response, typeInfo, map);
                return ResponseDecoder.Expect(item, askedId, idOf(item), what, response, response.HeaderRequestId);
            }, cancellationToken);

        private Task<MmsPage<TItem>> GetPageAsync<TDto, TItem>(ApiRequest request, int pageNum, int pageSize,
            JsonTypeInfo<ListResponseDto<TDto>> typeInfo, Func<TDto, string?, TItem> map, CancellationToken cancellationToken)
            where TDto : class
        {
            request.Query.Add(Pair("pageNum", Id(pageNum)));
            request.Query.Add(Pair("pageSize", Id(pageSize)));
            return ExchangeAsync(request, response => ResponseDecoder.Page(response, typeInfo, map), cancellationToken);
        }

        private Task<TItem[]> GetArrayAsync<TDto, TItem>(ApiRequest request, JsonTypeInfo<ArrayResponseDto<TDto>> typeInfo,
            Func<TDto, string?, TItem> map, CancellationToken cancellationToken)
            where TDto : class =>
            ExchangeAsync(request, response => ResponseDecoder.Array(response, typeInfo, map), cancellationToken);

        /// <summary>Sends a state-changing request whose answer is a bare acknowledgement value.</summary>
        private Task<long> SendCommandAsync(ApiRequest request, CancellationToken cancellationToken) =>
            ExchangeAsync(request, ResponseDecoder.Value, cancellationToken);

        /// <summary>
        /// Sends a request and decodes its answer: the one path every operation takes. An answer to a state change
        /// that cannot be used does not say the change was not made (see <see cref="ChangeOutcome"/>).
        /// </summary>
        private async Task<T> ExchangeAsync<T>(ApiRequest request, Func<ApiResponse, T> decode, CancellationToken cancellationToken)
        {
            ApiResponse response = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                return decode(response);
            }
            catch (MmsApiException e)
            {
                throw ChangeOutcome.OfUnreadableAnswer(e, request);
            }
        }

        /// <summary>A request with a JSON body: serialized once, so the bytes hashed, signed and sent are the same.</summary>
        private static ApiRequest WithBody<T>(HttpMethod method, string action, string path, long sourceId, T body, JsonTypeInfo<T> typeInfo) =>
            new ApiRequest(method, action, path, sourceId, JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));

        /// <summary>A state-changing request without a body (Start/Stop/Retry/Delete/Trigger): signed over the empty payload.</summary>
        private static ApiRequest WithoutBody(HttpMethod method, string action, string path, long sourceId) =>
            new ApiRequest(method, action, path, sourceId, null);

        private static string SourcePath(long sourceId) => "/api/v1/mms/datasources/" + Id(sourceId);

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

        private static KeyValuePair<string, string> Pair(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
