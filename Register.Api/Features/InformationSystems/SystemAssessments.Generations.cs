using System.Collections.Concurrent;

namespace Register.Api.Features.InformationSystems;

internal static partial class SystemAssessments
{
    /// <summary>One database's last two generations of system users.</summary>
    private sealed class DatabaseCache
    {
        private readonly Lock _publishing = new();
        private Generation _current = new(-1);
        private Generation _previous = new(-1);

        /// <summary>How many systems this process has read from this database (each read of one system's users counts).</summary>
        public int SystemReads;

        /// <summary>The generation for this change number; a newer number starts a new one, an older one has none.</summary>
        public Generation? GenerationAt(long number, bool create)
        {
            lock (_publishing)
            {
                if (_current.Number == number) return _current;
                if (_previous.Number == number) return _previous;
                if (!create || number < _current.Number) return null;
                (_previous, _current) = (_current, new Generation(number));
                return _current;
            }
        }

        public void Publish(Generation next)
        {
            lock (_publishing)
            {
                if (next.Number > _current.Number)
                {
                    (_previous, _current) = (_current, next);
                }
                else if (next.Number == _current.Number)
                {
                    // A reader started this number meanwhile: both hold the same state; keep what it lacks.
                    foreach (var (code, users) in next.Systems) _current.Systems.TryAdd(code, users);
                }
            }
        }
    }

    /// <summary>Every system's users as of one change number; filled as systems are asked for.</summary>
    private sealed class Generation(long number)
    {
        public long Number => number;
        public ConcurrentDictionary<string, SystemUsers> Systems { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Systems some session is reading now. After a restart every request finds the shared systems missing at once,
        /// and each reading all their users itself multiplied the cold start by the number of connections (measured at
        /// 100,000 entries and 32 connections: 540 reads/s and a p99 of 1.4 s over the first 8 s, against 4,100/s warm).
        /// So the first session to miss a system reads it and the others await that read.
        /// </summary>
        public ConcurrentDictionary<string, Task<SystemUsers>> Loading { get; } = new(StringComparer.Ordinal);
    }
}
