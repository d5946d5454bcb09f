using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// The field fault: the operation's real answer with one field set to a value a service should not send (a listing's
    /// total smaller than its pages, a negative taskDone, an empty status, a null name, log entries of another task).
    /// </summary>
    public static class FieldRewrite
    {
        /// <summary>
        /// The field is set in <c>data</c> when <c>data</c> has it (a listing's total, a single object's field), otherwise
        /// in the items of <c>data.objectList</c> or of a <c>data</c> array, every <see cref="Fault.Every"/>-th one.
        /// An answer that is not a JSON success is left as it is.
        /// </summary>
        public static IResult Apply(IResult answer, Fault fault)
        {
            if (answer is not ContentHttpResult content || content.StatusCode is not (null or 200) || content.ResponseContent == null ||
                string.IsNullOrEmpty(fault.Field) || JsonNode.Parse(content.ResponseContent) is not JsonObject envelope)
            {
                return answer;
            }
            JsonNode? value = JsonNode.Parse(fault.Value ?? "null");
            switch (envelope["data"])
            {
                case JsonObject data when data.ContainsKey(fault.Field):
                    data[fault.Field] = value;
                    break;
                case JsonObject page when page["objectList"] is JsonArray items:
                    SetInItems(items, fault, value);
                    break;
                case JsonArray items:
                    SetInItems(items, fault, value);
                    break;
            }
            return Results.Content(envelope.ToJsonString(), "application/json", Encoding.UTF8, 200);
        }

        private static void SetInItems(JsonArray items, Fault fault, JsonNode? value)
        {
            int every = fault.Every < 1 ? 1 : fault.Every;
            for (int i = 0; i < items.Count; i += every)
            {
                if (items[i] is JsonObject item)
                {
                    item[fault.Field!] = value?.DeepClone();
                }
            }
        }
    }
}
