using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace TechChallenge.Web.Features.Account;

/// <summary>Identity's messages that users can meet on the register and login pages, in the viewer's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    private IdentityError Error(string code, params object[] arguments) =>
        new() { Code = code, Description = localizer["Identity." + code, arguments] };

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? "");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName ?? "");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
}
