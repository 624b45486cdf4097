using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TechChallenge.Infrastructure.Data;

/// <summary>
/// Stores a small list of records as one JSON text column, the same on SQLite and PostgreSQL: proposal sections are
/// always read and written whole, never queried inside.
/// </summary>
internal static class JsonColumn<T>
    where T : class, System.Collections.IEnumerable
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ValueConverter<T, string> Converter { get; } =
        new(value => JsonSerializer.Serialize(value, Options), json => JsonSerializer.Deserialize<T>(json, Options)!);

    public static ValueComparer<T> Comparer { get; } =
        new(
            (left, right) => JsonSerializer.Serialize(left, Options) == JsonSerializer.Serialize(right, Options),
            value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
            value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!
        );
}
