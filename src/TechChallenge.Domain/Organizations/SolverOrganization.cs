using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Organizations;

/// <summary>
/// An organisation whose members answer challenges: a university, an institute, a company, or one person. It is
/// trusted once its e-mail domain is proven or an admin approves it; members join only by invitation.
/// </summary>
public sealed class SolverOrganization
{
    public const int MaxNameLength = 200;

    // Addresses anyone can get prove nothing about an organisation.
    private static readonly HashSet<string> PublicMailDomains =
    [
        "qq.com",
        "163.com",
        "126.com",
        "yeah.net",
        "sina.com",
        "sohu.com",
        "aliyun.com",
        "139.com",
        "foxmail.com",
        "gmail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "yahoo.com",
        "icloud.com",
        "proton.me",
        "protonmail.com",
    ];

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string NameZh { get; set; }
    public SolverOrganizationKind Kind { get; set; }

    /// <summary>The organisation's own e-mail domain (e.g. ntu.edu.cn), if it claims one.</summary>
    public string? EmailDomain { get; private set; }

    public OrganizationVerification Verification { get; private set; } = OrganizationVerification.Pending;
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? VerifiedAtUtc { get; private set; }
    public string? ReviewNote { get; private set; }

    public bool IsVerified => Verification is OrganizationVerification.DomainVerified or OrganizationVerification.AdminApproved;

    public static Outcome<SolverOrganization> Register(
        string name,
        string nameZh,
        SolverOrganizationKind kind,
        string? emailDomain,
        DateTime nowUtc
    )
    {
        name = name.Trim();
        nameZh = nameZh.Trim();
        if (name.Length is 0 or > MaxNameLength || nameZh.Length > MaxNameLength)
        {
            return Outcome<SolverOrganization>.Refused(RuleCodes.OrganizationNameRequired, MaxNameLength);
        }

        var domain = NormalizeDomain(emailDomain);
        if (domain is not null && (!IsDomainName(domain) || PublicMailDomains.Contains(domain)))
        {
            return Outcome<SolverOrganization>.Refused(RuleCodes.OrganizationDomainInvalid, domain);
        }

        return Outcome<SolverOrganization>.Ok(
            new SolverOrganization
            {
                Name = name,
                NameZh = nameZh.Length == 0 ? name : nameZh,
                Kind = kind,
                EmailDomain = domain,
                CreatedAtUtc = nowUtc,
            }
        );
    }

    /// <summary>Whether <paramref name="email"/> is an address at the organisation's domain (or a sub-domain of it).</summary>
    public bool OwnsAddress(string email)
    {
        var at = email.LastIndexOf('@');
        if (EmailDomain is null || at < 0)
        {
            return false;
        }

        var host = email[(at + 1)..].Trim().ToLowerInvariant();
        return host == EmailDomain || host.EndsWith("." + EmailDomain, StringComparison.Ordinal);
    }

    /// <summary>The address a domain-proof link was mailed to, while it waits to be clicked.</summary>
    public string? DomainProofEmail { get; private set; }

    /// <summary>SHA-256 of that link's token; the token itself is only in the mail.</summary>
    public string? DomainProofTokenHash { get; private set; }

    /// <summary>Records that a proof link goes to <paramref name="email"/>, which must be at the organisation's domain.</summary>
    public Outcome StartDomainProof(string email, string tokenHash)
    {
        if (!OwnsAddress(email))
        {
            return Outcome.Refused(RuleCodes.OrganizationDomainMismatch, EmailDomain ?? "");
        }

        DomainProofEmail = email.Trim().ToLowerInvariant();
        DomainProofTokenHash = tokenHash;
        return Outcome.Success;
    }

    /// <summary>Someone opened the link mailed to an address at the domain: they read mail there.</summary>
    public Outcome CompleteDomainProof(string tokenHash, DateTime nowUtc)
    {
        if (DomainProofTokenHash is null || DomainProofTokenHash != tokenHash || Verification == OrganizationVerification.Rejected)
        {
            return Outcome.Refused(RuleCodes.InvitationInvalid);
        }

        DomainProofTokenHash = null;
        if (!IsVerified)
        {
            Verification = OrganizationVerification.DomainVerified;
            VerifiedAtUtc = nowUtc;
        }

        return Outcome.Success;
    }

    public Outcome Review(bool approve, string? note, DateTime nowUtc)
    {
        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            return Outcome.Refused(RuleCodes.ReviewCommentRequired);
        }

        Verification = approve ? OrganizationVerification.AdminApproved : OrganizationVerification.Rejected;
        VerifiedAtUtc = approve ? nowUtc : null;
        ReviewNote = note?.Trim();
        return Outcome.Success;
    }

    private static string? NormalizeDomain(string? domain)
    {
        var trimmed = domain?.Trim().TrimStart('@').TrimEnd('.').ToLowerInvariant();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static bool IsDomainName(string domain) =>
        domain.Length <= 253
        && domain.Contains('.')
        && domain
            .Split('.')
            .All(label =>
                label.Length is > 0 and <= 63
                && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                && label[0] != '-'
                && label[^1] != '-'
            );
}
