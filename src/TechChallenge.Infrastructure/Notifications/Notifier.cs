using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>
/// Turns an event into in-app notifications and outbox e-mails for its recipients, honouring each one's preferences
/// and language. It only adds rows to the caller's context: they are saved, or not, with the change they tell of.
/// </summary>
public sealed class Notifier(IOptions<MailOptions> mailOptions, IDataProtectionProvider dataProtection, TimeProvider clock)
{
    private const string UnsubscribePurpose = "TechChallenge.Notifications.Unsubscribe.v1";

    public async Task AddAsync(AppDbContext db, NotificationRequest request, CancellationToken cancellationToken)
    {
        var recipients = request.Recipients.Distinct().ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var users = await db
            .Users.AsNoTracking()
            .Where(u => recipients.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.PreferredCulture,
            })
            .ToListAsync(cancellationToken);
        var optOuts = await db
            .NotificationOptOuts.AsNoTracking()
            .Where(o => recipients.Contains(o.UserId) && o.Kind == request.Kind)
            .Select(o => new { o.UserId, o.Channel })
            .ToListAsync(cancellationToken);
        bool Wants(string userId, NotificationChannel channel) => !optOuts.Any(o => o.UserId == userId && o.Channel == channel);

        foreach (var user in users)
        {
            Guid? notificationId = null;
            if (Wants(user.Id, NotificationChannel.InApp))
            {
                var notification = new Notification
                {
                    UserId = user.Id,
                    Kind = request.Kind,
                    ChallengeId = request.ChallengeId,
                    Subject = request.Subject,
                    Link = request.Link,
                    CreatedAtUtc = now,
                };
                db.Notifications.Add(notification);
                notificationId = notification.Id;
            }

            if (Wants(user.Id, NotificationChannel.Email) && !string.IsNullOrWhiteSpace(user.Email))
            {
                var culture = MailTemplates.CultureOrDefault(user.PreferredCulture);
                var unsubscribeUrl = Absolute($"/unsubscribe/{UnsubscribeToken(user.Id, request.Kind)}");
                var mail = MailTemplates.Render(request.Kind, culture, request.Subject, Absolute(request.Link), unsubscribeUrl);
                db.OutboxMessages.Add(
                    new OutboxMessage
                    {
                        NotificationId = notificationId,
                        UserId = user.Id,
                        ToAddress = user.Email,
                        Culture = culture,
                        Kind = request.Kind,
                        Subject = mail.Subject,
                        Body = mail.Body,
                        UnsubscribeUrl = unsubscribeUrl,
                        CreatedAtUtc = now,
                    }
                );
            }
        }
    }

    /// <summary>
    /// An e-mail to an address with no account behind it (an invitation to someone new): no in-app message, no
    /// preferences to honour and no unsubscribe link, since the recipient never signed up for anything.
    /// </summary>
    public void MailAddress(AppDbContext db, NotificationKind kind, string address, string? culture, string subject, string link)
    {
        culture = MailTemplates.CultureOrDefault(culture);
        var mail = MailTemplates.Render(kind, culture, subject, Absolute(link), unsubscribeUrl: null);
        db.OutboxMessages.Add(
            new OutboxMessage
            {
                ToAddress = address,
                Culture = culture,
                Kind = kind,
                Subject = mail.Subject,
                Body = mail.Body,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            }
        );
    }

    /// <summary>Tells everyone with a stake in the challenge (followers, registered solvers, team members) of a step it took.</summary>
    public async Task TellChallengeAudienceAsync(
        AppDbContext db,
        NotificationKind kind,
        Guid challengeId,
        string challengeTitle,
        CancellationToken cancellationToken
    )
    {
        var audience = await db
            .ChallengeFollows.Where(f => f.ChallengeId == challengeId)
            .Select(f => f.UserId)
            .Union(db.ChallengeRegistrations.Where(r => r.ChallengeId == challengeId).Select(r => r.UserId))
            .Union(db.TeamMembers.Where(m => m.ChallengeId == challengeId).Select(m => m.UserId))
            .ToListAsync(cancellationToken);
        await AddAsync(
            db,
            new NotificationRequest(kind, challengeId, challengeTitle, $"/challenges/{challengeId}", audience),
            cancellationToken
        );
    }

    public async Task RecordAsync(
        AppDbContext db,
        string challengeTitle,
        ChallengeEvent challengeEvent,
        CancellationToken cancellationToken
    )
    {
        challengeEvent.DispatchedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.ChallengeEvents.Add(challengeEvent);
        if (KindOf(challengeEvent.Kind) is not { } kind)
        {
            return;
        }

        var recipients = challengeEvent.RecipientUserId is { } single
            ? [single]
            : await db
                .ChallengeFollows.Where(f => f.ChallengeId == challengeEvent.ChallengeId)
                .Select(f => f.UserId)
                .ToListAsync(cancellationToken);
        if (challengeEvent is { Kind: ChallengeEventKind.QuestionAnsweredPublicly, SubjectId: { } questionId })
        {
            // Whoever asked hears of the answer, following or not.
            recipients.AddRange(
                await db.ChallengeQuestions.Where(q => q.Id == questionId).Select(q => q.AskedByUserId).ToListAsync(cancellationToken)
            );
        }

        await AddAsync(
            db,
            new NotificationRequest(
                kind,
                challengeEvent.ChallengeId,
                challengeTitle,
                $"/challenges/{challengeEvent.ChallengeId}",
                recipients
            ),
            cancellationToken
        );
    }

    /// <summary>Who an unsubscribe link was made for and what it turns off; null when it was tampered with.</summary>
    public (string UserId, NotificationKind Kind)? ReadUnsubscribeToken(string token)
    {
        try
        {
            var parts = Protector.Unprotect(token).Split('\n');
            return parts.Length == 2 && Enum.TryParse<NotificationKind>(parts[1], out var kind) ? (parts[0], kind) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public string Absolute(string path) =>
        (mailOptions.Value.PublicBaseUrl ?? throw new InvalidOperationException("Mail:PublicBaseUrl is not set.")).TrimEnd('/') + path;

    private IDataProtector Protector => dataProtection.CreateProtector(UnsubscribePurpose);

    private string UnsubscribeToken(string userId, NotificationKind kind) => Protector.Protect($"{userId}\n{kind}");

    private static NotificationKind? KindOf(ChallengeEventKind kind) =>
        kind switch
        {
            ChallengeEventKind.Amended => NotificationKind.ChallengeAmended,
            ChallengeEventKind.AnnouncementPosted => NotificationKind.Announcement,
            ChallengeEventKind.QuestionAnsweredPublicly or ChallengeEventKind.QuestionAnsweredPrivately =>
                NotificationKind.QuestionAnswered,
            ChallengeEventKind.Cancelled => NotificationKind.ChallengeCancelled,
            // Nobody follows a challenge before it is published; "new challenge in a field I follow" needs field
            // follows, which come with solver profiles.
            ChallengeEventKind.Published => null,
            _ => null,
        };
}
