using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;

namespace TechChallenge.Infrastructure.Storage;

public sealed record StoredFile(string StorageKey, long SizeBytes, string Sha256);
