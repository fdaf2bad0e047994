namespace TthcFlow.Definitions.Tests.Organisation;

/// <summary>Small hand-written organisation documents for parser and model tests.</summary>
internal static class OrganisationDocuments
{
    /// <summary>A province with one district (the pre-2025 tier) holding two communes, and a district People's Committee.</summary>
    public const string WithDistrict = """
        {
          "schemaVersion": 1,
          "province": "67",
          "roles": [
            {"code": "OneStopOfficer", "name": "Công chức Bộ phận Một cửa", "nameEn": "One-stop desk officer"},
            {"code": "DeskHead", "name": "Lãnh đạo Bộ phận Một cửa", "nameEn": "Head of desk"},
            {"code": "Specialist", "name": "Chuyên viên thụ lý", "nameEn": "Specialist"},
            {"code": "Leader", "name": "Lãnh đạo", "nameEn": "Leader"}
          ],
          "administrativeUnits": [
            {"code": "67", "name": "Đắk Nông", "type": "Province", "slug": "daknong"},
            {"code": "667", "name": "Đắk R'lấp", "type": "District", "parent": "67", "slug": "dakrlap"},
            {"code": "24700", "name": "Kiến Đức", "type": "Commune", "parent": "667", "slug": "kienduc"},
            {"code": "24701", "name": "Nhân Cơ", "type": "Commune", "parent": "667", "slug": "nhanco"}
          ],
          "unitTemplates": {
            "committee": [
              {"code": "lanhdao", "name": "Lãnh đạo", "kind": "Leadership", "roles": ["Leader"]},
              {"code": "tuphap", "name": "Tư pháp - Hộ tịch", "kind": "Division", "roles": ["Specialist"], "fields": ["Hộ tịch"]}
            ]
          },
          "agencies": [
            {"eId": "000.00.00.H99", "name": "Ủy ban nhân dân tỉnh", "kind": "ProvincePeoplesCommittee", "area": "67", "slug": "tinh", "unitTemplate": "committee"},
            {"eId": "000.00.31.H99", "name": "Ủy ban nhân dân huyện Đắk R'lấp", "kind": "DistrictPeoplesCommittee", "area": "667", "slug": "dakrlap", "parent": "000.00.00.H99", "units": [
              {"code": "lanhdao", "name": "Lãnh đạo", "kind": "Leadership", "roles": ["Leader"]},
              {"code": "motcua", "name": "Bộ phận Một cửa", "kind": "OneStopDesk", "roles": ["OneStopOfficer", "DeskHead"]}
            ]},
            {"eId": "000.01.31.H99", "name": "Ủy ban nhân dân xã Kiến Đức", "kind": "CommunePeoplesCommittee", "area": "24700", "slug": "kienduc", "parent": "000.00.31.H99", "unitTemplate": "committee"},
            {"eId": "000.02.31.H99", "name": "Ủy ban nhân dân xã Nhân Cơ", "kind": "CommunePeoplesCommittee", "area": "24701", "slug": "nhanco", "parent": "000.00.31.H99", "unitTemplate": "committee"},
            {"eId": "000.00.50.H99", "name": "Công an tỉnh", "kind": "Police", "area": "67", "slug": "congantinh", "unitTemplate": "committee"},
            {"eId": "000.01.50.H99", "name": "Công an huyện Đắk R'lấp", "kind": "Police", "area": "667", "slug": "congandakrlap", "parent": "000.00.50.H99", "unitTemplate": "committee"}
          ]
        }
        """;
}
