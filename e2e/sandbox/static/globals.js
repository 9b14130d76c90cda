/* global window, document, fetch */
// Page globals of the Jira DC sandbox: the parts of AJS and WRM that plugins rely on.
// Loaded with <script src> from the page head, after the meta tags it reads.
(function () {
  'use strict';

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  function camelCase(s) {
    return s.replace(/-([a-z])/g, function (_m, c) {
      return c.toUpperCase();
    });
  }

  // Like Jira's AJS.format: {0} placeholders, '' for a quote, '…' for literal text.
  function format(pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(pattern).replace(/''|'([^']*)'|\{(\d+)\}/g, function (m, quoted, index) {
      if (m === "''") return "'";
      if (quoted !== undefined) return quoted;
      var i = Number(index);
      return i < args.length ? String(args[i]) : m;
    });
  }

  function contextPath() {
    return meta('ajs-context-path') || '';
  }

  var params = {};
  Array.prototype.forEach.call(document.querySelectorAll('meta[name^="ajs-"]'), function (el) {
    params[camelCase(el.getAttribute('name').slice(4))] = el.getAttribute('content');
  });

  var I18n = {
    // Without the jsI18n transform the key itself is the best the page can show.
    getText: function (key) {
      return format.apply(null, [key].concat(Array.prototype.slice.call(arguments, 1)));
    },
  };

  var unparsedData = {};
  try {
    var pageData = JSON.parse(meta('sandbox-wrm-data') || '{}');
    Object.keys(pageData).forEach(function (k) {
      unparsedData[k] = JSON.stringify(pageData[k]);
    });
  } catch {
    // No page data: every claim answers undefined.
  }

  // Web-resources whose code has run: those the page brought, plus those loaded here.
  var loadedResources = {};
  var loadingUrls = {};
  var created = [];

  function pageResources() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-wrm-key]'), function (el) {
      if (created.indexOf(el) !== -1) return;
      loadedResources[el.getAttribute('data-wrm-key')] = true;
      loadingUrls[el.src || el.href] = loadingUrls[el.src || el.href] || Promise.resolve();
    });
  }

  function load(resource) {
    if (loadingUrls[resource.url]) return loadingUrls[resource.url];
    var promise = new Promise(function (resolve, reject) {
      var el;
      if (resource.resourceType === 'CSS') {
        el = document.createElement('link');
        el.rel = 'stylesheet';
        el.href = resource.url;
      } else {
        el = document.createElement('script');
        el.src = resource.url;
        el.async = false; // keep the order the server gave: dependencies first
      }
      created.push(el);
      el.setAttribute('data-wrm-key', resource.key);
      el.setAttribute('data-wrm-batch-type', resource.batchType || 'resource');
      el.onload = function () {
        resolve();
      };
      el.onerror = function () {
        reject(new Error('WRM: could not load ' + resource.url));
      };
      document.head.appendChild(el);
    });
    loadingUrls[resource.url] = promise;
    return promise.then(function () {
      loadedResources[resource.key] = true;
    });
  }

  function requireResources(keys, callback) {
    pageResources();
    var list = Array.isArray(keys) ? keys : [keys];
    var r = [];
    var c = [];
    list.forEach(function (key) {
      if (key.indexOf('wrc!') === 0) c.push(key.slice(4));
      else if (key.indexOf('wr!') === 0) r.push(key.slice(3));
      else r.push(key);
    });
    return fetch(contextPath() + '/rest/wrm/2.0/resources', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ r: r, c: c, xr: Object.keys(loadedResources), xc: [] }),
    })
      .then(function (response) {
        if (!response.ok) throw new Error('WRM: resources request failed: ' + response.status);
        return response.json();
      })
      .then(function (answer) {
        Object.keys(answer.unparsedData || {}).forEach(function (k) {
          unparsedData[k] = answer.unparsedData[k];
        });
        return Promise.all((answer.resources || []).map(load));
      })
      .then(function () {
        if (typeof callback === 'function') callback();
      });
  }

  function claim(key) {
    if (!Object.prototype.hasOwnProperty.call(unparsedData, key)) return undefined;
    var raw = unparsedData[key];
    delete unparsedData[key];
    return JSON.parse(raw);
  }

  window.AJS = window.AJS || {};
  window.AJS.contextPath = contextPath;
  window.AJS.params = params;
  window.AJS.format = format;
  window.AJS.I18n = I18n;
  window.AJS.Meta = {
    get: function (name) {
      return meta('ajs-' + name);
    },
    getBoolean: function (name) {
      return meta('ajs-' + name) === 'true';
    },
  };
  window.AJS.toInit = function (fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  };

  window.WRM = window.WRM || {};
  window.WRM.contextPath = contextPath;
  window.WRM.format = format;
  window.WRM.I18n = I18n;
  window.WRM.require = requireResources;
  window.WRM.data = { claim: claim };
})();
