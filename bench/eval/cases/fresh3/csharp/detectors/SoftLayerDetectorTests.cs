        [Fact]
        public void AnalyzeString_FindsApiKeyAssignment()
        {
            // 64 lowercase alphanumeric chars
            var key = new string('a', 64);
            var results = _detector.AnalyzeString($"softlayer_api_key={key}").ToList();
            Assert.Single(results);
        }

        [Fact]
        public void AnalyzeString_FindsUrlWithKey()
        {
            var key = new string('b', 64);
            var results = _detector.AnalyzeString($"https://api.softlayer.com/soap/v3/{key}").ToList();
            Assert.Single(results);
        }
