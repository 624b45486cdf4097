using Microsoft.Extensions.Localization;

namespace TechChallenge.Web.Features.Shared;

/// <summary>
/// Counted things in the viewer's language: English says "1 proposal" but "2 proposals". A counted text has its plural
/// under its key and its singular under the key with ".One"; Chinese has one form, written under both.
/// </summary>
public static class CountText
{
    /// <summary>The text with the count as its first argument ({0}); <paramref name="more"/> fills the ones after it.</summary>
    public static string Format(IStringLocalizer localizer, string key, int count, params object[] more) =>
        localizer[count == 1 ? key + ".One" : key, [count, .. more]];
}
