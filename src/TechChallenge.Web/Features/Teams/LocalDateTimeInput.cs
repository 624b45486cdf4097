using System.Globalization;
using MudBlazor;

namespace TechChallenge.Web.Features.Teams;

/// <summary>
/// A time typed in a datetime-local field, in the viewer's zone. The browser wants the value as "2027-01-04T12:00" and
/// Blazor reports it as "2027-01-04T12:00:00", so one fixed format would refuse every value typed.
/// </summary>
public static class LocalDateTimeInput
{
    public static readonly IReversibleConverter<DateTime?, string?> Converter = Conversions.From<DateTime?, string?>(
        value => value?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        text => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? local : null
    );
}
