using System.Globalization;
using Microsoft.Extensions.Localization;

namespace TechChallenge.Web.Features.Challenges;

public static class AwardText
{
    /// <summary>"CNY 500,000 · research contract", or the description alone, or "to be agreed".</summary>
    public static string Format(decimal? amount, string currency, string description, IStringLocalizer localizer)
    {
        var money = amount is { } value ? $"{currency} {value.ToString("#,0.##", CultureInfo.CurrentCulture)}" : null;
        return (money, description.Length > 0) switch
        {
            (not null, true) => $"{money} · {description}",
            (not null, false) => money,
            (null, true) => description,
            _ => localizer["Challenge.AwardToBeAgreed"],
        };
    }
}
