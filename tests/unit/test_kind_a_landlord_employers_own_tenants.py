"""A landlord employer's own tenants are no tenancy of the reader's (invented mail): a housing
association inviting the reader to interview for a post, its presentation topic about "our tenants" and a
"Tenant Voice Panel" member on the panel, is an application's mail; software's "multi-tenant" neither. The
reader's own tenancy ("your tenancy", "the tenant") stays no job.
"""

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind


def test_an_interview_at_a_housing_association_is_an_application():
    result = extract(
        **_mail(
            "Oriel Fanshawe <o.fanshawe@brackenmoor-homes.org.uk>",
            "Interview invitation - Community Engagement Officer",
            "Dear Tamsin,",
            "Thank you for your application. I am pleased to tell you that you have been shortlisted for "
            "interview on Monday 8 June at 2pm at our Halifax office.",
            "Panel: Ruth Ambler (Head of Communities) and Dev Pashley (member of our Tenant Voice Panel).",
            "Please prepare a 10-minute talk on how you would help our tenants shape the services they use.",
            "Oriel Fanshawe\nBrackenmoor Homes",
        )
    )
    assert result.kind is Kind.APPLICATION, result


def test_a_tenancy_offered_to_the_reader_is_no_job():
    result = extract(
        **_mail(
            "Lettings <lettings@brackenmoor-homes.org.uk>",
            "Your tenancy offer",
            "Dear Tamsin,",
            "We are pleased to offer you the tenancy of 4 Heather Close. As the tenant you will sign the "
            "agreement on Monday 8 June at 2pm.",
            "Brackenmoor Homes Lettings",
        )
    )
    assert result.kind is not Kind.APPLICATION, result
