using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;

namespace TechChallenge.Infrastructure.Storage;

/// <summary>The folder that holds the SQLite database and uploaded files.</summary>
public sealed record DataFolder(string Path);
