namespace TechChallenge.Infrastructure.Storage;

/// <summary>What an upload is for; each kind has its own size limit and allowed types.</summary>
public enum UploadKind
{
    Attachment,
    Image,
}
