// Every item model the pages show, made once by the composition root and
// filled by it from the services; the pages only read them.
#pragma once

#include "models/branchmodel.h"
#include "models/contactpersonmodel.h"
#include "models/schoollistmodel.h"
#include "models/supportmodels.h"

namespace hpo {

struct PageModels
{
    ContactPersonModel contacts;
    BranchModel branches;
    NewsModel news;
    SchoolListModel schools;
    ContactMomentModel contactMoments;
    EvaluationModel evaluations;
};

} // namespace hpo
