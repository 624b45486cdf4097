using Microsoft.Extensions.Localization;

namespace TechChallenge.Web.Features.Shared;

public static class Options
{
    /// <summary>Every value of <typeparamref name="T"/>, labelled by the resource "{prefix}.{value}".</summary>
    public static IReadOnlyList<Option<T>> ForEnum<T>(IStringLocalizer localizer, string prefix)
        where T : struct, Enum => Enum.GetValues<T>().Select(v => new Option<T>(v, localizer[$"{prefix}.{v}"])).ToList();
}
