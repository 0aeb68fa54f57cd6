#pragma once

// Shared by the libFuzzer harnesses: the one QCoreApplication the parsers'
// tr() and QStandardPaths expect, made once for the whole run.

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace cc::fuzz {

inline void ensureApplication() {
    static int argc = 1;
    static char name[] = "citizencard-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv); // lives for the run
    (void)app;
}

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits an input into length-prefixed chunks (1 length byte, then that many
// bytes) for harnesses that feed a peer's answers one by one.
class ChunkReader {
public:
    explicit ChunkReader(QByteArray bytes)
        : m_bytes(std::move(bytes)) {}
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    QByteArray next() {
        if (atEnd())
            return {};
        const qsizetype length = quint8(m_bytes[m_pos++]);
        const QByteArray chunk = m_bytes.mid(m_pos, length);
        m_pos += chunk.size();
        return chunk;
    }
    quint8 byte() { return atEnd() ? 0 : quint8(m_bytes[m_pos++]); }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

} // namespace cc::fuzz
