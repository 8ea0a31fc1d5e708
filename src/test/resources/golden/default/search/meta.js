gongkaiSearch.meta({"shards":2,"spans":[[2023,"731001","遵化市科学技术协会",0]],"count":43,"chunk":16});
