using System.Text;
using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>The success shapes every operation shares: the envelope and the paged list.</summary>
    public static class Answers
    {
        /// <summary>The service caps a page at this many items, whatever pageSize asks for.</summary>
        public const int MaxPageSize = 100;

        /// <summary>{"requestId", "data"}.</summary>
        public static IResult Data(string requestId, object? data) => Json(new { requestId, data }, 200);

        /// <summary>The envelope around the object a read found, or the service's 404 for its kind when there is none.</summary>
        public static IResult DataOrNotFound(ApiCall call, object? found, ObjectKind kind) =>
            found == null ? ServiceError.NotFound(call, kind) : Data(call.RequestId, found);

        public static IResult Json(object value, int status) =>
            Results.Content(JsonSerializer.Serialize(value, WireJson.Options), "application/json", Encoding.UTF8, status);

        public static (int PageNum, int PageSize) PageOf(IQueryCollection query) =>
            (System.Math.Max(1, QueryInt(query, "pageNum", 1)), System.Math.Clamp(QueryInt(query, "pageSize", 10), 1, MaxPageSize));

        public static IResult Page<T>(IEnumerable<T> items, IQueryCollection query, string requestId)
        {
            var (pageNum, pageSize) = PageOf(query);
            var all = items.ToList();
            return PageAnswer(all.Skip((pageNum - 1) * pageSize).Take(pageSize).ToList(), pageNum, pageSize, all.Count, requestId);
        }

        /// <summary>The list answer's shape: {"requestId", "data": {"objectList", "pageNum", "pageSize", "total"}}.</summary>
        public static IResult PageAnswer<T>(IReadOnlyList<T> page, int pageNum, int pageSize, long total, string requestId) =>
            Json(new { requestId, data = new { objectList = page, pageNum, pageSize, total } }, 200);

        private static int QueryInt(IQueryCollection query, string name, int fallback) =>
            int.TryParse(query[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
    }
}
