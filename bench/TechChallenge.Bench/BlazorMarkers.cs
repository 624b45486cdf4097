using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TechChallenge.Bench;

/// <summary>
/// What blazor.web.js reads from a prerendered page before it opens a circuit: the <c>&lt;!--Blazor:{…}--&gt;</c> start
/// markers of interactive server components (the end markers carry only a <c>prerenderId</c>) and the protected
/// component state the server left in a <c>Blazor-Server-Component-State</c> comment.
/// </summary>
internal static partial class BlazorMarkers
{
    /// <summary>The server markers in the order of their <c>sequence</c>, as the browser sorts them, and the state (or "").</summary>
    public static (IReadOnlyList<JsonObject> Markers, string State) Read(string html)
    {
        var markers = Comments()
            .Matches(html)
            .Select(m => JsonNode.Parse(m.Groups["json"].Value) as JsonObject)
            .OfType<JsonObject>()
            .Where(IsServerStart)
            .OrderBy(m => (int)m["sequence"]!)
            .ToList();
        var state = State().Match(html) is { Success: true } found ? found.Groups["state"].Value : "";
        return (markers, state);
    }

    /// <summary>How many interactive server components the page asks the browser to start (0: the page opens no circuit).</summary>
    public static int CountServer(string html) => Read(html).Markers.Count;

    private static bool IsServerStart(JsonObject marker) =>
        marker["type"]?.GetValue<string>() == "server" && marker["descriptor"] is not null && marker["sequence"] is not null;

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->")]
    private static partial Regex State();
}
