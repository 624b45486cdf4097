using System.Resources;

namespace TechChallenge.Web.Features.Shared;

/// <summary>
/// Validation messages for DataAnnotations attributes (ErrorMessageResourceType needs static properties), read from
/// the same localized resources as the rest of the UI.
/// </summary>
public static class ValidationText
{
    private static readonly ResourceManager Resources = new("TechChallenge.Web.Resources.SharedResource", typeof(ValidationText).Assembly);

    public static string Required => Get("Validation.Required");

    public static string Email => Get("Validation.Email");

    public static string PasswordLength => Get("Validation.PasswordLength");

    public static string PasswordsDiffer => Get("Validation.PasswordsDiffer");

    public static string TooLong => Get("Validation.TooLong");

    private static string Get(string key) => Resources.GetString(key) ?? key;
}
