using System.Text;
using Microsoft.AspNetCore.Http;

namespace MmsPowerShell.Emulator
{
    /// <summary>
    /// Answers from a hostile or broken service, for the client's defences: text that tries to drive the terminal,
    /// an answer about another object, a byte order mark, a 200 carrying a gateway error, Hive's -1 for unknown counts.
    /// </summary>
    public static class HostileAnswers
    {
        /// <summary>Clear screen, window title, clipboard write (OSC 52), C1 CSI, BEL, backspace, NUL and a forged line.</summary>
        public const string Payload = "\\u001b[2J\\u001b]0;pwned\\u0007\\u001b]52;c;cHduZWQ=\\u0007\\u009b31m\\b\\u0000\\r\\nWARNING: forged";

        public static IResult Table(string requestId, long tableId) =>
            Json(200, "{\"requestId\":\"" + requestId + Payload + "\",\"data\":{\"id\":" + tableId + ",\"sourceId\":2000028,\"dbId\":3,\"dbName\":\"db" + Payload +
                "\",\"name\":\"t" + Payload + "\",\"status\":\"DONE" + Payload + "\",\"type\":\"MANAGED" + Payload + "\",\"owner\":\"o" + Payload +
                "\",\"extra\":\"{\\\"k" + Payload.Replace("\\", "\\\\") + "\\\":\\\"v" + Payload.Replace("\\", "\\\\") + "\\\"}\"," +
                "\"schema\":{\"name\":\"t\",\"comment\":\"c" + Payload + "\",\"columns\":[{\"name\":\"c" + Payload + "\",\"type\":\"int" + Payload +
                "\",\"comment\":\"x" + Payload + "\"}],\"partitions\":[{\"name\":\"p" + Payload + "\",\"type\":\"string\"}]}}}");

        public static IResult Error(string requestId) =>
            Json(400, "{\"RequestId\":\"" + requestId + Payload + "\",\"Code\":\"Bad" + Payload + "\",\"Message\":\"denied" + Payload + "\"}");

        public static IResult OtherTable(string requestId, long tableId) =>
            Json(200, "{\"requestId\":\"" + requestId + "\",\"data\":{\"id\":" + (tableId + 1) + ",\"name\":\"someone_else\",\"dbName\":\"other\"}}");

        public static IResult ByteOrderMark(string requestId, long tableId) =>
            Json(200, "\uFEFF{\"requestId\":\"" + requestId + "\",\"data\":{\"id\":" + tableId + ",\"name\":\"bom_table\",\"dbName\":\"sales\",\"status\":\"DONE\"}}");

        public static IResult GatewayErrorIn200(string requestId) =>
            Json(200, "{\"RequestId\":\"" + requestId + "\",\"HostId\":\"maxcompute.aliyuncs.com\",\"Code\":\"Forbidden.RAM\",\"Message\":\"User not authorized.\"}");

        public static IResult UnknownCounts(string requestId, long tableId) =>
            Json(200, "{\"requestId\":\"" + requestId + "\",\"data\":{\"id\":" + tableId + ",\"name\":\"hive_unknown\",\"dbName\":\"sales\",\"status\":\"INIT\",\"numRows\":-1,\"size\":-1}}");

        private static IResult Json(int status, string json) => Results.Content(json, "application/json", new UTF8Encoding(false), status);
    }
}
