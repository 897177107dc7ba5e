#include "storage/companyrepository.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace posbridge {

namespace {
// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CompanyRepository)
};
} // namespace

CompanyRepository::CompanyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString CompanyRepository::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Messages::tr("Enter a company name.");
    if (trimmed.size() > MAX_NAME_LENGTH)
        return Messages::tr("A company name has at most %1 characters.").arg(MAX_NAME_LENGTH);
    return {};
}

Result<QList<Company>> CompanyRepository::list() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM companies ORDER BY lower(name), id")))
        return sqlError(query, Messages::tr("list the companies"));
    QList<Company> companies;
    while (query.next())
        companies.append({query.value(0).toLongLong(), query.value(1).toString()});
    return companies;
}

Result<Company> CompanyRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name FROM companies WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query, Messages::tr("read the company"));
    if (!query.next())
        return makeError(ErrorCode::NotFound, Messages::tr("The company no longer exists."));
    return Company{query.value(0).toLongLong(), query.value(1).toString()};
}

VoidResult CompanyRepository::checkUnique(const QString &name, qint64 exceptId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM companies WHERE lower(name) = lower(:name) AND id <> :id"));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (!query.exec())
        return sqlError(query, Messages::tr("check the company name"));
    if (query.next())
        return makeError(ErrorCode::Conflict,
                         Messages::tr("A company named “%1” already exists. Choose another name.").arg(name));
    return {};
}

Result<Company> CompanyRepository::add(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (const QString problem = checkName(trimmed); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    if (auto unique = checkUnique(trimmed, 0); !unique)
        return unique.error();

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO companies (name, created_at) VALUES (:name, :created) RETURNING id"));
    query.bindValue(QStringLiteral(":name"), trimmed);
    query.bindValue(QStringLiteral(":created"), QDateTime::currentMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return sqlError(query, Messages::tr("add the company"));
    return Company{query.value(0).toLongLong(), trimmed};
}

VoidResult CompanyRepository::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (const QString problem = checkName(trimmed); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    if (auto unique = checkUnique(trimmed, id); !unique)
        return unique;

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE companies SET name = :name WHERE id = :id"));
    query.bindValue(QStringLiteral(":name"), trimmed);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query, Messages::tr("rename the company"));
    if (query.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, Messages::tr("The company no longer exists."));
    return {};
}

VoidResult CompanyRepository::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM companies WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query, Messages::tr("remove the company"));
    if (query.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, Messages::tr("The company no longer exists."));
    return {};
}

} // namespace posbridge
